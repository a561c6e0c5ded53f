package bangfu;

import bangfu.cli.BangfuCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Starts bangfu; the only class that touches System.out, System.err and System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean terminal = Boolean.getBoolean("bangfu.progress");
        int code = BangfuCommand.run(out, err, System.getenv(), terminal ? System.err : null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
