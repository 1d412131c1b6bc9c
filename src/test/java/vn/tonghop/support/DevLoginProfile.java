package vn.tonghop.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The portal built with the run command's login page ({@code tonghop.dev-login}, on in dev mode only). */
public class DevLoginProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tonghop.dev-login", "true");
    }
}
