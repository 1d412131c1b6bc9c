package vn.tonghop.notification;

import java.util.List;

import io.quarkus.mailer.Mail;

/** E-mails rendered inside a transaction, to be sent once it commits (never for work that was rolled back). */
public record OutgoingMail(List<Mail> mails) {
}
