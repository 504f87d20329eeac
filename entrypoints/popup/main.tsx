import '../../components/page.css';
import { mountExtensionPage } from '../../utils/mount.tsx';
import { Popup } from './Popup.tsx';

void mountExtensionPage(<Popup />, 'app.name');
