package bangfu.check;

import static java.util.Objects.requireNonNull;

import bangfu.model.Message;
import bangfu.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A problem that only the database as a whole shows, about one household: who (row, masked head ID, name,
 * union), what ({@code code}, message and hint {@code check.<code>} and {@code check.<code>.hint} with
 * {@code args}) and the evidence (year, amount in fen, date), each null when the check has none.
 */
public record HouseholdFinding(long householdId, String maskedHead, String name, String union, String code,
                               Severity severity, List<String> args, Integer year, Long amountFen, LocalDate date) {
    public HouseholdFinding {
        requireNonNull(maskedHead, "maskedHead");
        requireNonNull(code, "code");
        requireNonNull(severity, "severity");
        name = name == null ? "" : name;
        union = union == null ? "" : union;
        args = List.copyOf(args);
    }

    public Message message() {
        return new Message("check." + code.toLowerCase(Locale.ROOT), args);
    }

    public Message hint() {
        return new Message("check." + code.toLowerCase(Locale.ROOT) + ".hint", args);
    }
}
