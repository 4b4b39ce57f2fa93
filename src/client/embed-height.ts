import { HEIGHT_MESSAGE } from '../lib/embed.ts';

/**
 * Inside an iframe on a newsroom's page: tells the page around it how tall this page is, each
 * time that changes, so the frame can be sized to fit and never scrolls on its own. The message
 * holds nothing but the height; the snippet on the about page checks where it comes from.
 */

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
}
