import controls from '../components/theme/controls.css?inline';
import tokens from '../components/theme/tokens.css?inline';
import styles from './annotator.css?inline';

/**
 * Redline's UI lives in an open shadow root so page styles cannot reach it and it cannot
 * restyle the page. The host carries `data-redline-ui` so the text index skips it.
 */
export function createShadowHost(): { host: HTMLElement; mount: HTMLElement } {
  const host = document.createElement('redline-ui');
  host.setAttribute('data-redline-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = styles + tokens + controls;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);
  return { host, mount };
}
