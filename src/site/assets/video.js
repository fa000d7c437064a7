// Loads a video's player only when the reader asks: a click on a poster swaps it for the player's frame.
// Without this script the poster is a plain link to the video's page.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target ? target.closest('a.video-poster[data-player]') : null;
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const frame = document.createElement('iframe');
  frame.className = 'video-frame';
  frame.src = link.getAttribute('data-player');
  frame.title = link.getAttribute('aria-label') || '';
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  link.replaceWith(frame);
  frame.focus();
});
