// Reports one view of this story to the site's own counter: no cookie, nothing kept in the browser.
(function () {
  var script = document.currentScript;
  var url = script && script.getAttribute('data-beacon');
  if (!url || navigator.doNotTrack === '1' || navigator.globalPrivacyControl === true) return;
  if (navigator.sendBeacon) navigator.sendBeacon(url);
  else if (window.fetch) fetch(url, { method: 'POST', keepalive: true, credentials: 'omit' });
})();
