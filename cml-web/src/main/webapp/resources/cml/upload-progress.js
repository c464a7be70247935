// Shows upload progress for forms marked data-upload-progress="<id of a hidden progress block>".
// Without JavaScript the form still submits normally; with it, the same POST goes by XHR so the
// bar can follow the upload, and the answer replaces the page.
(function () {
  document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
    var block = document.getElementById(form.getAttribute('data-upload-progress'));
    var bar = block.querySelector('progress');
    var text = block.querySelector('[role=status]');
    form.addEventListener('submit', function (event) {
      if (!window.FormData || !window.XMLHttpRequest) {
        return;
      }
      event.preventDefault();
      var data = new FormData(form);
      var button = event.submitter || form.querySelector('input[type=submit]');
      if (button && button.name) {
        data.append(button.name, button.value);
      }
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      block.hidden = false;
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(100 * e.loaded / e.total);
          bar.value = percent;
          bar.textContent = percent + '%';
          text.textContent = percent < 100 ? percent + '% uploaded' : 'Uploaded: importing, please wait';
        }
      });
      request.addEventListener('load', function () {
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        text.textContent = 'The upload failed. Check your connection and try again.';
      });
      request.send(data);
    });
  });
})();
