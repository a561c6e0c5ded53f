package bangfu.cli;

import bangfu.model.CloseReason;
import bangfu.model.Masks;
import bangfu.sheet.Cell;
import bangfu.validate.Choices;
import bangfu.validate.Dates;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;

/** The values the visit commands read from their options: dates, head IDs and close reasons, as clerks type them. */
final class VisitOptions {
    private VisitOptions() {
    }

    /** A date as rosters write them (2025-08-20, 2025/8/20, 2025年8月20日). */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            Optional<LocalDate> d = Dates.parse(Cell.text(value.strip())).value();
            if (d.isEmpty()) throw new CommandLine.TypeConversionException("expected a date such as 2025-08-20, got '" + value + "'");
            return d.get();
        }
    }

    /** 注销原因 in the words of Choices.CLOSE_REASON; 脱困 is refused: follow-ups decide it (visit advance). */
    static final class ReasonConverter implements CommandLine.ITypeConverter<CloseReason> {
        @Override
        public CloseReason convert(String value) {
            Optional<CloseReason> r = Choices.CLOSE_REASON.parse(Cell.text(value), "--reason").value();
            if (r.isEmpty() || r.get() == CloseReason.EXITED) {
                throw new CommandLine.TypeConversionException("expected 死亡, 退休, 调离, 不再符合条件, 核查不符, 弄虚作假 or 其他, got '"
                        + value + "'" + (r.isPresent() ? " (脱困 comes from the follow-ups: bangfu visit advance)" : ""));
            }
            return r.get();
        }
    }

    /** What completion offers for --kind: the official 走访类型. */
    static final class Kinds extends java.util.ArrayList<String> {
        Kinds() {
            for (bangfu.model.VisitKind k : bangfu.model.VisitKind.values()) add(k.chinese());
        }
    }

    /** What completion offers for --outcome: the official 走访结果. */
    static final class Outcomes extends java.util.ArrayList<String> {
        Outcomes() {
            for (bangfu.model.VisitOutcome o : bangfu.model.VisitOutcome.values()) add(o.chinese());
        }
    }

    /** What completion offers for --reason: the 注销原因 a command may give (脱困 comes from the follow-ups). */
    static final class Reasons extends java.util.ArrayList<String> {
        Reasons() {
            for (CloseReason r : CloseReason.values()) if (r != CloseReason.EXITED) add(r.chinese());
        }
    }

    /** The ID as every output shows it: masked unless --reveal. */
    static String shown(String headId, boolean reveal) {
        return reveal ? headId : Masks.middle(headId);
    }

    static String phone(String phone, boolean reveal) {
        return phone == null ? "" : reveal ? phone : Masks.phone(phone);
    }
}
