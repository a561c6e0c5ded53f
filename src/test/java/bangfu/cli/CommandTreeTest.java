package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run builds only the commands its arguments name: each command so built has the same help as in the whole tree,
 * the commands beside it are a bare name, and arguments that leave any doubt get the whole tree.
 */
class CommandTreeTest {
    private static CommandLine whole() {
        return HelpText.commandLine(CommandTree.whole(new BangfuCommand()), Lang.EN, Map.of());
    }

    private static CommandLine along(String... args) {
        return HelpText.commandLine(CommandTree.along(new BangfuCommand(), List.of(args)), Lang.EN, Map.of());
    }

    @Test
    void everyCommandBuiltAlongItsPathHasTheHelpItHasInTheWholeTree() {
        int commands = 0;
        for (CommandLine c : HelpText.all(whole())) {
            if (c.getParent() == null || c.getCommandSpec().helpCommand()) continue;
            List<String> path = new ArrayList<>(List.of("--db", "u.db"));
            path.addAll(List.of(c.getCommandSpec().qualifiedName().substring("bangfu ".length()).split(" ")));
            CommandLine built = along(path.toArray(String[]::new));
            for (String name : path.subList(2, path.size())) built = built.getSubcommands().get(name);
            assertThat(built.getUsageMessage()).as(String.join(" ", path)).isEqualTo(c.getUsageMessage());
            commands++;
        }
        assertThat(commands).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theCommandsBesideThePathAreOnlyANameAndTheNamedOneIsWhole() {
        CommandLine cli = along("--lang", "en", "visit", "-q", "due", "--as-of", "2025-12-31");
        assertThat(cli.getSubcommands().keySet()).isEqualTo(whole().getSubcommands().keySet());
        assertThat(cli.getSubcommands().get("import").getCommandSpec().options()).allMatch(o -> o.inherited());
        assertThat(cli.getSubcommands().get("import").getCommandSpec().userObject()).isNull();
        CommandLine visit = cli.getSubcommands().get("visit");
        assertThat(visit.getSubcommands().get("add").getCommandSpec().userObject()).isNull();
        assertThat(visit.getSubcommands().get("due").getCommandSpec().userObject()).isInstanceOf(VisitDueCommand.class);
    }

    @Test
    void argumentsThatLeaveADoubtGetTheWholeTree() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("help", "visit"), List.of("--help", "visit", "due"),
                List.of("--db"), List.of("-x", "visit", "due"), List.of("vist", "due"), List.of("visit", "help", "due"),
                List.of("visit", "--help", "due"))) {
            CommandLine cli = along(args.toArray(String[]::new));
            int depth = args.isEmpty() || !args.get(0).equals("visit") ? 0 : 1;
            CommandLine level = depth == 0 ? cli : cli.getSubcommands().get("visit");
            assertThat(level.getSubcommands().values()).as(args.toString())
                    .allMatch(c -> c.getCommandSpec().userObject() != null);
        }
    }
}
