package bangfu.store.jdbc;

import bangfu.store.PaidHouseholds;
import bangfu.store.PaymentRows;
import bangfu.store.YearlyFigures.Causes;
import bangfu.store.YearlyFigures.FileGroup;
import bangfu.store.YearlyFigures.Scope;
import bangfu.store.YearlyFigures.VisitGroup;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Opens the yearly report's package-private reads to the timing tool of an adapter's tests. */
public final class YearlyReadsAccess {
    private YearlyReadsAccess() {
    }

    public static List<LocalDate[]> slices(Scope s) {
        return PaymentReads.slices(s);
    }

    public static PaymentRows read(Engine e, Connection c, LocalDate from, LocalDate to, List<String> kinds, List<String> sources)
            throws SQLException {
        return PaymentReads.read(e, c, from, to, kinds, sources);
    }

    public static PaidHouseholds households(Engine e, Connection c, Scope s) throws SQLException {
        return PaymentReads.households(e, c, s);
    }

    public static List<FileGroup> files(Engine e, Connection c, Scope s) throws SQLException {
        return YearlyReads.files(e, c, s);
    }

    public static List<VisitGroup> visits(Engine e, Connection c, Scope s) throws SQLException {
        return YearlyReads.visits(e, c, s);
    }

    public static Causes causes(Engine e, Connection c, Scope s, List<String> codes) throws SQLException {
        return YearlyReads.causes(e, c, s, codes);
    }
}
