package vn.tonghop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * deployment/k8s says what {@link TwoReplicasTest} and {@link CrashRecoveryTest} prove: two replicas or more, probes on
 * the health endpoints whose behaviour the replica test checks, a disruption budget that keeps one up, PostgreSQL
 * outside the cluster by environment variables, and the session key in the Secret (the replica test runs with the
 * ConfigMap's environment as it is).
 */
class DeploymentManifestTest {

    private static final Map<String, Object> DEPLOYMENT = Manifests.object("Deployment", "tonghop-portal");
    private static final Object CONTAINER = Manifests.path(DEPLOYMENT, "spec", "template", "spec", "containers", 0);

    @Test
    void atLeastTwoReplicasReplacedOneByOne() {
        assertEquals(2, Manifests.path(DEPLOYMENT, "spec", "replicas"));
        assertEquals(0, Manifests.path(DEPLOYMENT, "spec", "strategy", "rollingUpdate", "maxUnavailable"));
        Map<String, Object> hpa = Manifests.object("HorizontalPodAutoscaler", "tonghop-portal");
        assertTrue((Integer) Manifests.path(hpa, "spec", "minReplicas") >= 2, "the autoscaler never goes below two");
    }

    @Test
    void probesAskQuarkusHealth() {
        assertEquals("/q/health/started", Manifests.path(CONTAINER, "startupProbe", "httpGet", "path"));
        assertEquals("/q/health/ready", Manifests.path(CONTAINER, "readinessProbe", "httpGet", "path"));
        assertEquals("/q/health/live", Manifests.path(CONTAINER, "livenessProbe", "httpGet", "path"));
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals("http", Manifests.path(CONTAINER, probe, "httpGet", "port"), probe);
        }
        assertEquals(8080, Manifests.path(CONTAINER, "ports", 0, "containerPort"));
    }

    @Test
    void aDisruptionBudgetKeepsOneReplica() {
        Map<String, Object> pdb = Manifests.object("PodDisruptionBudget", "tonghop-portal");
        assertEquals(1, Manifests.path(pdb, "spec", "minAvailable"));
        assertEquals(Manifests.path(DEPLOYMENT, "spec", "template", "metadata", "labels", "app.kubernetes.io/name"),
                Manifests.path(pdb, "spec", "selector", "matchLabels", "app.kubernetes.io/name"),
                "the budget selects the portal's pods");
    }

    @Test
    void postgresqlIsAnExternalServiceReachedByEnvironment() {
        Map<String, String> env = Manifests.configMapEnv();
        URI jdbc = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        Map<String, Object> db = Manifests.object("Service", jdbc.getHost());
        assertEquals("ExternalName", Manifests.path(db, "spec", "type"));
        assertEquals(jdbc.getPort(), Manifests.path(db, "spec", "ports", 0, "port"));
        assertTrue(Manifests.all().stream().noneMatch(o -> "StatefulSet".equals(o.get("kind"))),
                "no database inside the manifests");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretHoldsTheSharedSessionKeyAndOnlyPlaceholders() {
        Map<String, Object> secret = Manifests.object("Secret", "tonghop-portal-secrets");
        Map<String, Object> data = (Map<String, Object>) secret.get("stringData");
        for (String key : List.of("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertEquals("REPLACE_ME", data.get(key), key);
        }
        List<Object> from = (List<Object>) Manifests.path(CONTAINER, "envFrom");
        assertEquals(List.of("tonghop-portal-config", "tonghop-portal-secrets"),
                from.stream()
                        .map(f -> Manifests.path(f, "configMapRef", "name") != null
                                ? Manifests.path(f, "configMapRef", "name")
                                : Manifests.path(f, "secretRef", "name"))
                        .toList());
    }
}
