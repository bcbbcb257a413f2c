package dev.overscope.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way from options and configuration file to a request, for the CLI and the Maven plugin alike. */
class ScanRequestFactoryTest {
  @TempDir
  Path root;

  private final ScanRequestFactory factory = new ScanRequestFactory();

  @Test
  void anOptionBeatsTheFileAndTheFileBeatsTheDefault() throws Exception {
    assertThat(factory.build(root, ScanSettings.defaults()).policy().describe()).isEqualTo("fails on root:workspace");
    Files.writeString(root.resolve(".overscope.yaml"), "policy:\n  fail-on: [broad:context]\n");
    assertThat(factory.build(root, ScanSettings.defaults()).policy().describe()).isEqualTo("fails on broad:context");
    assertThat(factory.build(root, ScanSettings.defaults().withFailOn("none")).policy().describe())
        .isEqualTo("never fails");
  }

  @Test
  void eachUnusableSettingIsNamedSoFrontEndsCanSayItTheirWay() throws Exception {
    assertThatThrownBy(() -> factory.build(root, ScanSettings.defaults().withFailOn("root")))
        .isInstanceOfSatisfying(ScanSetupException.class,
            e -> assertThat(e.setting()).isEqualTo(ScanSetupException.Setting.FAIL_ON))
        .hasMessageContaining("SCOPE:REACH");
    assertThatThrownBy(() -> factory.build(root, ScanSettings.defaults().withMaxFileSize(0L)))
        .isInstanceOfSatisfying(ScanSetupException.class,
            e -> assertThat(e.setting()).isEqualTo(ScanSetupException.Setting.MAX_FILE_SIZE));
    assertThatThrownBy(() -> factory.build(root, ScanSettings.defaults().withThreads(0)))
        .isInstanceOfSatisfying(ScanSetupException.class,
            e -> assertThat(e.setting()).isEqualTo(ScanSetupException.Setting.THREADS));
    assertThatThrownBy(() -> factory.build(root, ScanSettings.defaults().withConfigFile(root.resolve("none.yaml"))))
        .isInstanceOfSatisfying(ScanSetupException.class,
            e -> assertThat(e.setting()).isEqualTo(ScanSetupException.Setting.CONFIG_FILE))
        .hasMessageContaining("none.yaml: configuration file not found");
  }

  @Test
  void limitsAndRevealingAreCarriedOver() throws Exception {
    ScanRequest request = factory.build(root,
        ScanSettings.defaults().withMaxFileSize(1024L).withThreads(3).withRevealSecrets(true));
    assertThat(request.maxFileSize()).isEqualTo(1024L);
    assertThat(request.threads()).isEqualTo(3);
    assertThat(request.revealSecrets()).isTrue();
  }

  @Test
  void theTimeoutOptionBeatsTheFilesAndABadOneIsNamed() throws Exception {
    assertThat(factory.build(root, ScanSettings.defaults()).timeout()).isEmpty();
    Files.writeString(root.resolve(".overscope.yaml"), "limits:\n  timeout: 10m\n");
    assertThat(factory.build(root, ScanSettings.defaults()).timeout()).contains(java.time.Duration.ofMinutes(10));
    assertThat(factory.build(root, ScanSettings.defaults().withTimeout("90s")).timeout())
        .contains(java.time.Duration.ofSeconds(90));
    assertThatThrownBy(() -> factory.build(root, ScanSettings.defaults().withTimeout("ninety")))
        .isInstanceOfSatisfying(ScanSetupException.class,
            e -> assertThat(e.setting()).isEqualTo(ScanSetupException.Setting.TIMEOUT))
        .hasMessageContaining("not a duration");
  }
}
