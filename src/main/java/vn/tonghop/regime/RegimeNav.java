package vn.tonghop.regime;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tonghop.platform.security.CurrentUser;

/** Whether the navigation bar offers the regimes: to users who may create campaigns (issuers somewhere). */
@RequestScoped
@Named("regimeNav")
public class RegimeNav {

    @Inject
    CurrentUser currentUser;

    @Inject
    RegimeService regimes;

    public boolean isShown() {
        return currentUser.isRegistered() && regimes.mayCreate();
    }
}
