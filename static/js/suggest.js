// Suggestions as one types in the header search box (ARIA combobox with a listbox).
// Progressive enhancement: without this script the box is a plain search form.
// Asks /api/search/suggest/ (the URL is in the input's data-suggest-url) in the page's language,
// a short while after the last key press, and drops the answer to a query that is no longer typed.
(function () {
  "use strict";

  var DELAY_MS = 150;
  var MIN_LENGTH = 2;
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch || !window.AbortController) return;

  var form = input.form;
  var endpoint = input.getAttribute("data-suggest-url");
  var language = document.documentElement.lang || "en";
  var listbox = document.createElement("ul");
  var label = input.labels && input.labels.length ? input.labels[0].textContent.trim() : "";
  var options = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var answers = new Map();

  listbox.id = input.id + "-suggestions";
  listbox.className = "search-suggestions";
  listbox.setAttribute("role", "listbox");
  if (label) listbox.setAttribute("aria-label", label);
  listbox.hidden = true;
  input.insertAdjacentElement("afterend", listbox);

  input.setAttribute("role", "combobox");
  input.setAttribute("autocomplete", "off");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-expanded", "false");

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function select(index) {
    options.forEach(function (option, i) {
      option.element.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    active = index;
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
    } else {
      input.setAttribute("aria-activedescendant", options[index].element.id);
      options[index].element.scrollIntoView({ block: "nearest" });
    }
  }

  function render(suggestions) {
    listbox.textContent = "";
    options = suggestions.map(function (suggestion, i) {
      var element = document.createElement("li");
      element.id = listbox.id + "-" + i;
      element.className = "search-suggestion search-suggestion--" + suggestion.type;
      element.setAttribute("role", "option");
      element.setAttribute("aria-selected", "false");
      element.textContent = suggestion.title; // text, never HTML
      listbox.appendChild(element);
      return { element: element, url: suggestion.url };
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (options.length) {
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
  }

  function suggest(query) {
    if (pending) pending.abort();
    if (answers.has(query)) {
      render(answers.get(query));
      return;
    }
    var controller = new AbortController();
    pending = controller;
    var url = endpoint + "?" + new URLSearchParams({ q: query, lang: language }).toString();
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (suggestions) {
        if (!Array.isArray(suggestions)) suggestions = [];
        answers.set(query, suggestions);
        if (input.value.trim() === query && document.activeElement === input) render(suggestions);
      })
      .catch(function () {
        /* aborted by a newer query, or offline: the form still works */
      })
      .finally(function () {
        if (pending === controller) pending = null;
      });
  }

  function go(index) {
    var option = options[index];
    if (!option || !option.url) return;
    close();
    window.location.assign(option.url);
  }

  input.addEventListener("input", function () {
    var query = input.value.trim();
    clearTimeout(timer);
    if (query.length < MIN_LENGTH) {
      if (pending) pending.abort();
      close();
      return;
    }
    timer = setTimeout(function () {
      suggest(query);
    }, DELAY_MS);
  });

  input.addEventListener("keydown", function (event) {
    var open = !listbox.hidden;
    switch (event.key) {
      case "ArrowDown":
        if (!options.length) return;
        event.preventDefault();
        if (!open) {
          listbox.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        select(active + 1 < options.length ? active + 1 : 0);
        break;
      case "ArrowUp":
        if (!open || !options.length) return;
        event.preventDefault();
        select(active > 0 ? active - 1 : options.length - 1);
        break;
      case "Enter":
        if (open && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case "Tab":
        close();
        break;
    }
  });

  // Keep the focus in the box while an option is clicked, then follow it.
  listbox.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  listbox.addEventListener("click", function (event) {
    var element = event.target.closest("[role=option]");
    if (element) go(options.findIndex(function (option) { return option.element === element; }));
  });

  input.addEventListener("blur", close);
  if (form) form.addEventListener("submit", close);
})();
