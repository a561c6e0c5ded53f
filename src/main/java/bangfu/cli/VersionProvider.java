package bangfu.cli;

import bangfu.store.Stores;
import picocli.CommandLine;

/** bangfu's version with those of the parts a support question needs: Java, SQLite, POI. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String own = BangfuCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "bangfu " + (own == null ? "dev" : own),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            Stores.engineVersion(),
            "Apache POI " + bangfu.sheet.Spreadsheets.poiVersion()
        };
    }
}
