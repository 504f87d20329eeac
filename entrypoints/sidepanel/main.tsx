import '../../components/page.css';
import { mountExtensionPage } from '../../utils/mount.tsx';
import { Workbench } from './Workbench.tsx';

mountExtensionPage(<Workbench />);
