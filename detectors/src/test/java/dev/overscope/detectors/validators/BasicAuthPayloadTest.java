package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicAuthPayloadTest {
  @Test
  void base64OfUserColonPasswordIsALogin() {
    assertThat(BasicAuthPayload.isLogin(encode("deploy-bot:Rk8#vQ2zLm5w"))).isTrue();
  }

  @Test
  void otherBase64AndPlaceholderPasswordsAreNot() {
    assertThat(BasicAuthPayload.isLogin(encode("just some text"))).isFalse();
    assertThat(BasicAuthPayload.isLogin(encode("user:password"))).isFalse();
    assertThat(BasicAuthPayload.isLogin(encode(":Rk8#vQ2zLm5w"))).isFalse();
    assertThat(BasicAuthPayload.isLogin("not*base64")).isFalse();
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
