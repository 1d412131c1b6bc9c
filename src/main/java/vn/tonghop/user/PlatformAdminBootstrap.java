package vn.tonghop.user;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Makes the logins named in {@code tonghop.platform-admins} (TONGHOP_PLATFORM_ADMINS) platform administrators at
 * start-up, so that a fresh production database has someone who can create the first tenant. Never removes the flag.
 */
@ApplicationScoped
public class PlatformAdminBootstrap {

    @ConfigProperty(name = "tonghop.platform-admins")
    Optional<List<String>> platformAdmins;

    @Inject
    UserService users;

    void onStart(@Observes StartupEvent event) {
        for (String username : platformAdmins.orElse(List.of())) {
            String name = username.trim();
            if (!UserService.isValidUsername(name)) {
                Log.warnf("tonghop.platform-admins: '%s' is not a valid login name; ignored", name);
                continue;
            }
            users.ensurePlatformAdmin(name, null);
            Log.infof("%s is a platform administrator", name);
        }
    }
}
