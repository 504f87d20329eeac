import '../../components/page.css';
import { StorageHealthBanner } from '../../components/StorageHealthBanner.tsx';
import { mountExtensionPage } from '../../utils/mount.tsx';
import { Workbench } from './Workbench.tsx';

void mountExtensionPage(
  <>
    <StorageHealthBanner />
    <Workbench />
  </>,
  'workbench.title',
);
