// Shows similar questions already asked while a member types the title of theirs, in a live region
// screen readers announce politely. Without JavaScript the "Check for similar questions" button does
// the same on the server.
(function () {
  var input = document.querySelector('input[data-similar-url]');
  var region = input && document.getElementById(input.getAttribute('data-similar-region'));
  if (!input || !region || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = '';
  function show(questions) {
    region.textContent = '';
    if (questions.length === 0) {
      return;
    }
    var intro = document.createElement('p');
    intro.className = 'govuk-body';
    intro.textContent = 'Already asked, and may answer yours:';
    var list = document.createElement('ul');
    list.className = 'govuk-list';
    questions.forEach(function (q) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = input.getAttribute('data-question-url') + encodeURIComponent(q.id);
      link.textContent = q.title;
      item.appendChild(link);
      if (q.solved) {
        var tag = document.createElement('strong');
        tag.className = 'govuk-tag govuk-tag--green';
        tag.textContent = 'Solved';
        item.appendChild(document.createTextNode(' '));
        item.appendChild(tag);
      }
      list.appendChild(item);
    });
    var box = document.createElement('div');
    box.className = 'govuk-inset-text';
    box.appendChild(intro);
    box.appendChild(list);
    region.appendChild(box);
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var title = input.value.trim();
      if (title.length < 4 || title === asked) {
        return;
      }
      asked = title;
      fetch(input.getAttribute('data-similar-url') + '?title=' + encodeURIComponent(title), { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (questions) {
          if (asked === title) {
            show(questions);
            region.setAttribute('data-shown-for', title); // for tests: the list for this title is in place
          }
        })
        .catch(function () { /* the button still works */ });
    }, 300);
  });
})();
