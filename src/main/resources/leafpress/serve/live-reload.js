// Leafpress live reload: served only by `leafpress serve`, never part of a built site.
// Keeps one WebSocket to the preview server. "reload" reloads the page, "css" swaps the
// stylesheets in place; after a lost connection it reconnects, and the server's "hello"
// says whether the site changed meanwhile.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script ? script.getAttribute('data-version') : '';
  var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/__leafpress/live';
  var delay = 200;

  function swapStyles(stamp) {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    Array.prototype.forEach.call(links, function (link) {
      var href = new URL(link.getAttribute('href'), location.href);
      if (href.origin !== location.origin) { return; }
      href.searchParams.set('leafpress', stamp);
      var fresh = link.cloneNode(false);
      fresh.href = href.toString();
      fresh.onload = fresh.onerror = function () { link.remove(); };
      link.after(fresh);
    });
  }

  function handle(message) {
    var next = String(message.version);
    if (message.type === 'css' && String(message.from) === version) {
      swapStyles(next);
      version = next;
    } else if (next !== version) {
      location.reload();
    }
  }

  function connect() {
    var socket = new WebSocket(url);
    socket.onopen = function () { delay = 200; };
    socket.onmessage = function (event) {
      try { handle(JSON.parse(event.data)); } catch (e) { /* not for us */ }
    };
    socket.onclose = function () {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  }

  connect();
}());
