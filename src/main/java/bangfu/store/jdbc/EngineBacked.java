package bangfu.store.jdbc;

/** A storage whose records an {@link Engine} keeps: how one adapter reaches the other's database for a copy. */
public interface EngineBacked {
    Engine engine();
}
