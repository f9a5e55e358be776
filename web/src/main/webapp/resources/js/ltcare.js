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

  // 床日登记: a day of the grid is a plain link (a command component per cell was most of a large home's page);
  // its click sends the cell's admission and day to the page's one remote command, which opens the dialog.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a.ltc-day-link') : null;
    if (!link || typeof window.selectDay !== 'function') {
      return;
    }
    event.preventDefault();
    window.selectDay([{name: 'admission', value: link.getAttribute('data-admission')},
      {name: 'day', value: link.getAttribute('data-day')}]);
  });

  // Two accessibility faults of PrimeFaces 15.0.13, mended in the page until a release with the fixes is served:
  // each message's <li> gets role="alert", which leaves its list with no list items for assistive technology
  // (primefaces#14864; the messages' container still announces them), and a simple file upload's visible <input>
  // gets aria-hidden="true" although it is the control itself. Pages and Ajax updates alike are mended.
  function mend(root) {
    root.querySelectorAll('.ui-messages li[role="alert"], .ui-message[role="alert"] li[role="alert"]')
        .forEach(function (item) { item.removeAttribute('role'); });
    root.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
      if (input.offsetParent !== null) {
        input.removeAttribute('aria-hidden');
      }
    });
  }
  // Feedback where the eye is: after a page comes back with a field's error, the first such field is scrolled into
  // the middle of the screen (the form may be long: 17 scale items), rather than left below a message at the top.
  function showFirstFieldError() {
    var error = document.querySelector('.ltc-content .ui-message-error');
    if (error) {
      error.scrollIntoView({ block: 'center' });
    }
  }

  // A form whose every radio group of [data-complete-groups] has a choice asks "are you sure?" before it is sent
  // for good; an incomplete one is sent without asking, so that the server names what is missing next to it.
  window.LTC = {
    confirmIfComplete: function (button, question) {
      var form = button.form || document;
      var groups = form.querySelectorAll('[data-complete-group]');
      for (var i = 0; i < groups.length; i++) {
        if (!groups[i].querySelector('input[type="radio"]:checked')) {
          return true;
        }
      }
      return confirm(question);
    }
  };

  // The menu: the entry of the page shown is marked (aria-current), a section the user folded stays folded on the
  // next page (this browser only), and on a narrow screen the whole menu opens and closes with the 菜单 button.
  function setUpMenu() {
    var menu = document.getElementById('menu');
    if (!menu) {
      return;
    }
    var here = window.location.pathname;
    menu.querySelectorAll('a[href]').forEach(function (link) {
      if (new URL(link.href, window.location.href).pathname === here) {
        link.setAttribute('aria-current', 'page');
      }
    });
    var folded = [];
    try {
      folded = JSON.parse(window.localStorage.getItem('ltc.menu.folded') || '[]');
    } catch (ignored) {
      folded = [];
    }
    menu.querySelectorAll('details[data-section]').forEach(function (section) {
      var name = section.getAttribute('data-section');
      if (folded.indexOf(name) >= 0 && !section.querySelector('[aria-current]')) {
        section.open = false;
      }
      section.addEventListener('toggle', function () {
        var now = folded.filter(function (n) { return n !== name; });
        if (!section.open) {
          now.push(name);
        }
        folded = now;
        try {
          window.localStorage.setItem('ltc.menu.folded', JSON.stringify(now));
        } catch (ignored) {
          // private browsing: the menu simply opens unfolded next time
        }
      });
    });
    var toggle = document.querySelector('.ltc-menu-toggle');
    if (toggle) {
      toggle.addEventListener('click', function () {
        var open = menu.classList.toggle('ltc-nav-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpMenu();
    showFirstFieldError();
    mend(document);
    // Only what an Ajax update adds is looked at again, not the whole page at every change.
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) {
            mend(node.parentNode || node);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
