package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps generic rules ({@code password = "…"}, {@code api_key: …}, Bearer headers) quiet: the value must look like a
 * credential rather than code, a reference, a word or a token a provider rule already names. Rejects identifiers
 * ({@code user_password}), words joined by separators, member paths ({@code process.env.DB_PASSWORD},
 * {@code config.password}), lookups ({@code env:}, {@code vault:}), URLs and paths, values with no letter or with
 * neither digit nor symbol, common weak-password and filler words, unbalanced quotes (prose), provider prefixes, and
 * names of providers whose own rules read the variable name.
 */
public final class GenericValue implements Validator {
  private static final int MIN_LENGTH = 8;
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_-]+");
  private static final Pattern MEMBER_PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:(?:\\.|::|->)[A-Za-z_][A-Za-z0-9_]*)+(?:\\(\\))?");
  /** Words joined by separators ({@code account/workspace}, {@code read-only-user}): prose or names, not keys. */
  private static final Pattern JOINED_WORDS = Pattern.compile("[A-Za-z]{2,}(?:[/._:-][A-Za-z]{2,})+");
  private static final List<String> REFERENCE_STARTS = List.of(
      "env:", "env.", "vault:", "secret:", "secrets.", "ref+", "arn:", "file:", "op://", "sm://", "keyvault:",
      "/", "./", "../", "~/", "\\");
  private static final List<String> FILLER_WORDS = List.of(
      "password", "passw0rd", "p@ssw0rd", "p@ssword", "passwd", "secret", "token", "apikey", "api_key", "api-key",
      "example", "test", "demo", "sample", "default", "dummy", "fake", "mock", "foobar", "null", "none", "undefined",
      "required", "optional", "string", "qwerty", "letmein", "welcome", "admin123", "abc123", "localhost", "enter",
      "value", "todo", "fixme", "notset", "unset", "empty");
  /** Prefixes that a provider rule recognises with a better verdict; reporting them here would duplicate it. */
  private static final List<String> PROVIDER_PREFIXES = List.of(
      "sk-", "sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_", "whsec_", "ghp_", "gho_",
      "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "xoxa-", "xoxe", "xapp-", "akia", "asia",
      "sg.", "npm_", "pypi-", "hf_", "api_org_", "eyj", "aiza", "shpat_", "shpca_", "shppa_", "shpss_", "xkeysib-",
      "xsmtpsib-", "lin_api_", "lin_oauth_", "pmak-", "dop_v1_", "doo_v1_", "sntrys_", "sntryu_", "glc_", "glsa_",
      "nrak-", "nrii-", "nrjs-", "gsk_", "xai-", "pplx-", "r8_", "lsv2_", "pcsk_", "figd_", "ntn_", "cfpat-",
      "rubygems_", "oy2", "cio", "clojars_", "dt0c01.", "dt0s01.", "eaaa", "sq0atp-", "sq0csp-", "pat-na1-",
      "pat-eu1-", "atatt3", "dapi", "vcp_", "nfp_", "hvs.", "fo1_", "hrku-", "sbp_", "sb_secret_", "rzp_",
      "duffel_", "ezak", "eztk", "shippo_", "tfp_", "fio-u-", "fw_", "dckr_pat_", "pul-", "dp.", "ops_", "tgp_v1_",
      "key-", "sl.", "ssws", "access_token$", "dg9roj", "sgp_", "glrt-", "gldt-", "access-production-",
      "access-sandbox-", "access-development-");
  /**
   * Providers whose rules read the variable name ({@code DD_API_KEY}, {@code TWILIO_AUTH_TOKEN}): a generic match
   * under such a name would repeat the provider's finding with a weaker verdict. {@code :_} is an .npmrc auth line.
   */
  private static final List<String> PROVIDER_NAMES = List.of(
      "twilio", "account_sid", "accountsid", "mailgun", "mailchimp", "mandrill", "postmark", "sendgrid", "brevo",
      "paystack", "razorpay", "coinbase", "braintree", "paypal", "plaid", "adyen", "intuit", "quickbooks", "lob_",
      "lob-", "datadog", "dd_api", "dd_app", "dd-api", "dd-app", "algolia", "amplitude", "mixpanel", "segment",
      "jira", "confluence", "atlassian", "bugsnag", "rollbar", "sentry", "honeycomb", "pagerduty", "routing_key",
      "opsgenie", "okta", "launchdarkly", "cohere", "co_api", "mistral", "deepseek", "together", "elevenlabs",
      "xi-api", "xi_api", "wandb", "zendesk", "zoom", "twitch", "mattermost", "discord", "telegram", "contentful",
      "asana", "hapikey", "packagist", "ossrh", "sonatype", "maven_central", "railway", "team-access",
      "project-access", ":_", "new_relic", "newrelic");

  @Override
  public String name() {
    return "generic-value";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return quotesBalance(candidate) && !namedForProvider(candidate) && looksLikeCredential(candidate.secret());
  }

  /** True when the name the value is assigned to, on the same line, names a provider with its own rule. */
  private static boolean namedForProvider(Candidate candidate) {
    String before = candidate.before(48);
    String name = before.substring(before.lastIndexOf('\n') + 1)
        + candidate.text().subSequence(candidate.matchStart(), candidate.secretStart());
    String lower = name.toLowerCase(Locale.ROOT);
    return PROVIDER_NAMES.stream().anyMatch(lower::contains);
  }

  /** True when {@code value} could be a hand-set password or an opaque key, not code, a reference or a word. */
  public static boolean looksLikeCredential(String value) {
    if (value.length() < MIN_LENGTH) {
      return false;
    }
    if (IDENTIFIER.matcher(value).matches() || MEMBER_PATH.matcher(value).matches()
        || JOINED_WORDS.matcher(value).matches()) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.contains("://") || REFERENCE_STARTS.stream().anyMatch(lower::startsWith)) {
      return false;
    }
    if (PROVIDER_PREFIXES.stream().anyMatch(lower::startsWith)) {
      return false;
    }
    if (FILLER_WORDS.stream().anyMatch(lower::contains)) {
      return false;
    }
    boolean letter = value.chars().anyMatch(Character::isLetter);
    boolean digitOrSymbol = value.chars().anyMatch(c -> !Character.isLetter(c));
    return letter && digitOrSymbol;
  }

  /** A value opened with a quote must close with the same quote: {@code "Enter the password"} is prose. */
  private static boolean quotesBalance(Candidate candidate) {
    CharSequence text = candidate.text();
    int before = candidate.secretStart() - 1;
    if (before < 0) {
      return true;
    }
    char open = text.charAt(before);
    if (open != '"' && open != '\'' && open != '`') {
      return true;
    }
    return candidate.secretEnd() < text.length() && text.charAt(candidate.secretEnd()) == open;
  }
}
