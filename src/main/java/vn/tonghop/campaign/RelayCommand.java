package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Relaying a received campaign to my own subordinates with an earlier deadline. {@code templateCode} (and optionally
 * {@code templateVersion}) names an outline that extends the received one with sections or tables of my own; absent,
 * the received outline is used as it is.
 */
public record RelayCommand(String issuerUnitCode, OffsetDateTime deadline, List<String> recipientUnitCodes,
        String letterNumber, LocalDate letterDate, String subject, String signerName, String signerTitle,
        RecipientSelection recipients, String templateCode, Integer templateVersion) {
}
