package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigClientCertClassifierTest {
  private final KubeconfigClientCertClassifier classifier = new KubeconfigClientCertClassifier();
  private static final String KEY_DATA = Base64.getEncoder().encodeToString(
      "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkq7Vn2c4Yx0pQ3rT8wZ\n-----END EC PRIVATE KEY-----\n"
          .getBytes(StandardCharsets.US_ASCII));

  @TempDir
  Path dir;

  /** A self-signed client certificate with the given subject, made by the JDK's keytool as kubeadm would issue it. */
  private String certificateData(String subject) throws IOException, InterruptedException {
    Path keystore = dir.resolve("client-" + System.nanoTime() + ".p12");
    Path pem = dir.resolve("client-" + System.nanoTime() + ".pem");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    run(List.of(keytool, "-genkeypair", "-keyalg", "EC", "-groupname", "secp256r1", "-alias", "client", "-dname",
        subject, "-validity", "365", "-keystore", keystore.toString(), "-storepass", "changeit", "-storetype", "PKCS12"));
    run(List.of(keytool, "-exportcert", "-rfc", "-alias", "client", "-keystore", keystore.toString(), "-storepass",
        "changeit", "-file", pem.toString()));
    return Base64.getEncoder().encodeToString(Files.readAllBytes(pem));
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor()).isZero();
  }

  private ScopeVerdict classify(String certificateData) {
    String kubeconfig = "users:\n- name: admin\n  user:\n    client-certificate-data: " + certificateData
        + "\n    client-key-data: " + KEY_DATA + "\n";
    return classifier.classify(Candidates.of(kubeconfig, KEY_DATA)).orElseThrow();
  }

  @Test
  void aSystemMastersCertificateIsUnrevocableClusterAdmin() throws Exception {
    ScopeVerdict verdict = classify(certificateData("CN=kubernetes-admin, O=system:masters"));
    assertThat(verdict.scope()).isEqualTo(Scope.ROOT);
    assertThat(verdict.evidence()).isEqualTo("client certificate for CN=kubernetes-admin carries O=system:masters:"
        + " cluster-admin that bypasses RBAC and cannot be revoked short of rotating the cluster CA");
  }

  @Test
  void anyOtherGroupLeavesTheScopeToRbac() throws Exception {
    ScopeVerdict verdict = classify(certificateData("CN=ci-bot, O=ci-deployers"));
    assertThat(verdict.scope()).isEqualTo(Scope.UNKNOWN);
    assertThat(verdict.evidence())
        .isEqualTo("client certificate for CN=ci-bot in groups ci-deployers: its RBAC bindings are not visible offline");
  }

  @Test
  void certificateDataThatIsNotACertificateDecidesNothing() {
    String garbage = Base64.getEncoder().encodeToString(new byte[120]);
    assertThat(classifier.classify(Candidates.of("client-certificate-data: " + garbage + "\nclient-key-data: "
        + KEY_DATA, KEY_DATA))).isEmpty();
  }
}
