package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Decodes the {@code client-certificate-data} next to a kubeconfig client key and reads the certificate subject.
 * {@code O=system:masters} is cluster-admin that bypasses RBAC and cannot be revoked short of rotating the cluster CA;
 * {@code O=kubeadm:cluster-admins} is cluster-admin through a (revocable) binding. Other subjects name a user and
 * groups whose bindings are not visible offline.
 */
public final class KubeconfigClientCertClassifier implements ScopeClassifier {
  private static final Pattern CERTIFICATE_DATA =
      Pattern.compile("client-certificate-data:[ \\t]{0,4}[\"']?([A-Za-z0-9+/=]{100,12000})");
  private static final int WINDOW = 12000;

  @Override
  public String name() {
    return "kubeconfig-client-cert";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    Matcher m = CERTIFICATE_DATA.matcher(Surroundings.around(candidate, WINDOW, WINDOW));
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<X509Certificate> certificate = decode(m.group(1));
    if (certificate.isEmpty()) {
      return Optional.empty();
    }
    List<String> groups = new ArrayList<>();
    String user = "";
    try {
      for (Rdn rdn : new LdapName(certificate.get().getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("O")) {
          groups.add(String.valueOf(rdn.getValue()));
        } else if (rdn.getType().equalsIgnoreCase("CN")) {
          user = String.valueOf(rdn.getValue());
        }
      }
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
    if (groups.contains("system:masters")) {
      return verdict(Scope.ROOT, "client certificate for CN=" + user + " carries O=system:masters: cluster-admin"
          + " that bypasses RBAC and cannot be revoked short of rotating the cluster CA");
    }
    if (groups.contains("kubeadm:cluster-admins")) {
      return verdict(Scope.ROOT, "client certificate for CN=" + user + " carries O=kubeadm:cluster-admins,"
          + " bound to cluster-admin by kubeadm");
    }
    return verdict(Scope.UNKNOWN, "client certificate for CN=" + user + (groups.isEmpty() ? "" : " in groups "
        + String.join(", ", groups)) + ": its RBAC bindings are not visible offline");
  }

  private static Optional<X509Certificate> decode(String base64) {
    try {
      byte[] pem = Base64.getMimeDecoder().decode(base64);
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      return Optional.of((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(pem)));
    } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static Optional<ScopeVerdict> verdict(Scope scope, String evidence) {
    return Optional.of(new ScopeVerdict(scope, Environment.UNKNOWN, evidence));
  }
}
