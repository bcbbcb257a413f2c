package dev.overscope.detectors.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an identifier or configuration key names a credential ({@code password}, {@code apiKey},
 * {@code client-secret}, {@code PRIVATE_KEY}) rather than something about one ({@code PASSWORD_PROPERTY},
 * {@code tokenHeader}, {@code secretName}): the name is evidence only when its last word is the credential.
 */
final class CredentialIdentifiers {
  private static final Set<String> CREDENTIAL_WORDS = Set.of(
      "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "privatekey", "secretkey",
      "clientsecret", "credential", "credentials", "accesstoken", "authtoken", "apitoken", "refreshtoken");
  /** Two-word credentials, written as one word once split: api key, private key, signing key. */
  private static final Set<String> CREDENTIAL_PAIRS = Set.of(
      "api key", "private key", "secret key", "signing key", "client secret", "access token", "auth token",
      "api token", "refresh token", "bearer token", "hmac key", "encryption key", "master key", "secret access");
  /** Words that, after a credential word, make the name about the credential rather than the credential. */
  private static final Set<String> METADATA_WORDS = Set.of(
      "name", "names", "field", "param", "parameter", "property", "properties", "prop", "header", "attr",
      "attribute", "label", "prefix", "suffix", "path", "file", "url", "uri", "type", "id", "env", "var", "variable",
      "regex", "pattern", "format", "message", "msg", "length", "size", "mode", "policy", "alias", "location",
      "prompt", "hint", "count", "expiry", "expiration", "validity", "ttl", "timeout", "endpoint", "query", "column",
      "table", "hash", "digest", "provider", "store", "manager", "service", "factory", "builder", "validator",
      "encoder", "mask", "placeholder", "description", "desc", "title", "text", "error", "exception", "reset",
      "rule", "rules", "required", "enabled", "visible", "input", "template", "min", "max", "config", "setting",
      "settings", "option", "options", "ref", "reference", "uuid", "index", "class", "kind", "char", "chars",
      "response", "request", "key");
  private static final Set<String> KEY_CREDENTIALS = Set.of("api", "private", "secret", "signing", "hmac",
      "encryption", "master", "access");

  private CredentialIdentifiers() {}

  /** True when {@code name} (an identifier, a dotted property key or a header name) names a credential. */
  static boolean isCredential(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    int last = words.size() - 1;
    String lastWord = words.get(last);
    if (lastWord.equals("key") && last > 0 && KEY_CREDENTIALS.contains(words.get(last - 1))) {
      return true;
    }
    if (METADATA_WORDS.contains(lastWord)) {
      return false;
    }
    if (CREDENTIAL_WORDS.contains(lastWord)) {
      return true;
    }
    return last > 0 && CREDENTIAL_PAIRS.contains(words.get(last - 1) + " " + lastWord);
  }

  /** Lower-case words of a camelCase, snake_case, kebab-case or dotted name. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      boolean boundary = Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
          || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
              && Character.isUpperCase(name.charAt(i - 1))));
      if (boundary) {
        flush(word, words);
      }
      word.append(Character.toLowerCase(c));
    }
    flush(word, words);
    // "apikey", "privatekey" and friends as one word still count: they are in CREDENTIAL_WORDS.
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
