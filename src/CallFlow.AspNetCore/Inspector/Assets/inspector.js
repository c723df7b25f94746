// The call inspector's only script: live refresh of the call list and the copy buttons. Every page works without it.
(function () {
  "use strict";

  const live = document.getElementById("live-refresh");
  const status = document.getElementById("live-status");
  if (live) {
    const refresh = async function () {
      const current = document.getElementById("calls");
      // Never swap the table under a keyboard user's focus.
      if (!live.checked || document.hidden || !current || current.contains(document.activeElement)) {
        return;
      }
      try {
        const response = await fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (response.redirected) {
          location.reload();
          return;
        }
        if (!response.ok) {
          return;
        }
        const fresh = new DOMParser().parseFromString(await response.text(), "text/html").getElementById("calls");
        if (fresh && fresh.innerHTML !== current.innerHTML) {
          current.replaceWith(fresh);
        }
        if (status) {
          status.textContent = "Updated " + new Date().toLocaleTimeString();
        }
      } catch (error) {
        if (status) {
          status.textContent = "Could not refresh: " + error.message;
        }
      }
    };
    setInterval(refresh, 2000);
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", async function () {
      const source = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(source.textContent);
        button.textContent = "Copied";
      } catch (error) {
        // Without clipboard access (plain http on another host), select the text for the user to copy.
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        button.textContent = "Selected: press Ctrl+C";
      }
    });
  });
})();
