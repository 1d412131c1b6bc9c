package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Relaying a received campaign to my own subordinates with an earlier deadline. */
public record RelayCommand(String issuerUnitCode, OffsetDateTime deadline, List<String> recipientUnitCodes,
        String letterNumber, LocalDate letterDate, String subject, String signerName, String signerTitle,
        RecipientSelection recipients) {
}
