package bangfu.cli;

import bangfu.PrivacyScan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs bangfu in-process and keeps what it printed, after checking it shows no personal number in full. */
public record Run(int exit, String out, String err) {
    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrivacyScan.Before before = PrivacyScan.before(null, args);
        int exit = BangfuCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), args);
        before.check(out.toString(), err.toString());
        return new Run(exit, out.toString(), err.toString());
    }
}
