import '../../components/page.css';
import { mountExtensionPage } from '../../utils/mount.tsx';
import { Options } from './Options.tsx';

void mountExtensionPage(<Options />, 'options.title');
