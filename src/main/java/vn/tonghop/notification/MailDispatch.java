package vn.tonghop.notification;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends notification e-mails after the transaction that produced them commits. A mail server that is down loses the
 * e-mail, never the in-app notification or the work itself.
 */
@ApplicationScoped
public class MailDispatch {

    @Inject
    Mailer mailer;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail outgoing) {
        for (Mail mail : outgoing.mails()) {
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                Log.warnf(e, "E-mail to %s not sent: %s", mail.getTo(), mail.getSubject());
            }
        }
    }
}
