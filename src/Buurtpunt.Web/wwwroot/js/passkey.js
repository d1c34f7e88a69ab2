// Passkeys: the browser makes or uses the key, the server checks everything. A button marked
// data-passkey-action asks its page for options, runs navigator.credentials, puts the answer (JSON)
// in the form's hidden field and posts the form. Without WebAuthn the passkey parts stay hidden.
(function () {
  "use strict";
  if (!window.PublicKeyCredential || !navigator.credentials || !window.fetch) return;

  document.querySelectorAll("[data-passkey]").forEach(function (element) { element.hidden = false; });
  document.querySelectorAll("[data-passkey-unsupported]").forEach(function (element) { element.hidden = true; });

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) base64 += "=";
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = "";
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function withBytes(list) {
    return (list || []).map(function (c) { return Object.assign({}, c, { id: toBytes(c.id) }); });
  }

  // The JSON helpers where the browser has them (Chromium, Firefox, Safari 18), by hand elsewhere.
  function creationOptions(json) {
    if (PublicKeyCredential.parseCreationOptionsFromJSON) return PublicKeyCredential.parseCreationOptionsFromJSON(json);
    return Object.assign({}, json, {
      challenge: toBytes(json.challenge),
      user: Object.assign({}, json.user, { id: toBytes(json.user.id) }),
      excludeCredentials: withBytes(json.excludeCredentials)
    });
  }

  function requestOptions(json) {
    if (PublicKeyCredential.parseRequestOptionsFromJSON) return PublicKeyCredential.parseRequestOptionsFromJSON(json);
    return Object.assign({}, json, { challenge: toBytes(json.challenge), allowCredentials: withBytes(json.allowCredentials) });
  }

  function credentialJson(credential) {
    if (typeof credential.toJSON === "function") return JSON.stringify(credential.toJSON());
    var r = credential.response;
    var response = { clientDataJSON: toBase64url(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toBase64url(r.attestationObject);
      response.transports = typeof r.getTransports === "function" ? r.getTransports() : [];
    } else {
      response.authenticatorData = toBase64url(r.authenticatorData);
      response.signature = toBase64url(r.signature);
      if (r.userHandle) response.userHandle = toBase64url(r.userHandle);
    }
    return JSON.stringify({
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || null,
      response: response,
      clientExtensionResults: credential.getClientExtensionResults()
    });
  }

  function show(button, messages) {
    var problem = button.closest(".passkey-action").querySelector("[data-passkey-problem]");
    problem.textContent = messages.join(" ");
    problem.classList.add("problems"); // only once shown: an empty one is not a second summary of problems
    problem.hidden = false;
    problem.setAttribute("tabindex", "-1");
    problem.focus();
  }

  async function run(button) {
    var form = button.form;
    var body = new FormData(form);
    body.delete("Input.Password"); // the options need the name and address, never a password
    var response = await fetch(button.dataset.passkeyOptions, {
      method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" }
    });
    if (response.status === 400) {
      var answer = await response.json();
      show(button, answer.problems || [button.dataset.passkeyError]);
      return;
    }
    if (!response.ok) {
      show(button, [button.dataset.passkeyError]);
      return;
    }
    var options = await response.json();
    var credential;
    try {
      credential = button.dataset.passkeyAction === "create"
        ? await navigator.credentials.create({ publicKey: creationOptions(options) })
        : await navigator.credentials.get({ publicKey: requestOptions(options) });
    } catch (e) {
      show(button, [button.dataset.passkeyFailed]);
      return;
    }
    if (!credential) {
      show(button, [button.dataset.passkeyFailed]);
      return;
    }
    form.querySelector("[data-passkey-credential]").value = credentialJson(credential);
    // form.submit() ignores a button's formaction (and formAction without one is the page's URL).
    if (button.hasAttribute("formaction")) form.action = button.formAction;
    form.submit();
  }

  document.querySelectorAll("button[data-passkey-action]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      event.preventDefault();
      if (button.disabled) return;
      button.disabled = true;
      run(button).catch(function () { show(button, [button.dataset.passkeyError]); })
        .finally(function () { button.disabled = false; });
    });
  });
})();
