/*
 * Behaviour shared by the screens. It is a file, not inline script, so that the Content-Security-Policy admits
 * only scripts from the application itself and the ones PrimeFaces writes with the page's nonce.
 */
(function () {
  'use strict';

  // A chosen file over its upload's limit is refused before it is sent: over a slow line a large upload would
  // take minutes only to be refused by the server, which checks again. The limit and the message come from the
  // element around the file field (data-max-bytes, data-too-large).
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files || !input.files[0]) {
      return;
    }
    var box = input.closest('[data-max-bytes]');
    if (box && input.files[0].size > Number(box.getAttribute('data-max-bytes'))) {
      alert(box.getAttribute('data-too-large'));
      input.value = '';
    }
  });
})();
