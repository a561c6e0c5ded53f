package bangfu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs bangfu in-process and keeps what it printed. */
public record Run(int exit, String out, String err) {
    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BangfuCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
