package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenericValueTest {
  @Test
  void handSetPasswordsAndOpaqueKeysPass() {
    assertThat(GenericValue.looksLikeCredential("Vq7#rT2!mZp9")).isTrue();
    assertThat(GenericValue.looksLikeCredential("b6f1c9e2a7d04f3e8c5b1a9d7e6f2c4a")).isTrue();
  }

  @Test
  void codeReferencesWordsAndShortValuesAreRejected() {
    assertThat(GenericValue.looksLikeCredential("process.env.DB_PASSWORD")).isFalse();
    assertThat(GenericValue.looksLikeCredential("settings.SECRET_KEY")).isFalse();
    assertThat(GenericValue.looksLikeCredential("user_password")).isFalse();
    assertThat(GenericValue.looksLikeCredential("account/workspace")).isFalse();
    assertThat(GenericValue.looksLikeCredential("Passw0rd!2024")).isFalse();
    assertThat(GenericValue.looksLikeCredential("env:DB_PASS")).isFalse();
    assertThat(GenericValue.looksLikeCredential("https://vault.internal/v1/db")).isFalse();
    assertThat(GenericValue.looksLikeCredential("x7$Kq2")).isFalse();
    assertThat(GenericValue.looksLikeCredential("12345678901")).isFalse();
  }

  @Test
  void tokensThatAProviderRuleNamesAreLeftToThatRule() {
    assertThat(GenericValue.looksLikeCredential("sk_live_51Hx7qKc9VbT2mZ8pL4nR6wYd")).isFalse();
    assertThat(GenericValue.looksLikeCredential("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")).isFalse();
  }
}
