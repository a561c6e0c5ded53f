package bangfu.classify;

import bangfu.model.Cause;
import bangfu.model.FileStatus;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** A household for the classifier's tests: 北京市/北京市/东城区, 在档, 深度困难 unless a test says otherwise. */
final class Households {
    private long id = 1;
    private Region region = new Region(Optional.empty(), "北京市", "北京市", "东城区");
    private Optional<Tier> tier = Optional.of(Tier.DEEP);
    private FileStatus status = FileStatus.ACTIVE;
    private OptionalInt size = OptionalInt.empty();
    private OptionalLong yearly = OptionalLong.empty();
    private OptionalLong monthly = OptionalLong.empty();
    private OptionalLong rigidTotal = OptionalLong.empty();
    private final Map<RigidExpense, Long> expenses = new EnumMap<>(RigidExpense.class);
    private OptionalLong compulsory = OptionalLong.empty();
    private OptionalLong perCapita = OptionalLong.empty();
    private OptionalInt able = OptionalInt.empty();
    private long aid;
    private Household.Flags flags = Household.Flags.NONE;
    private Set<Cause> causes = Set.of();
    private OptionalLong costs = OptionalLong.empty();
    private OptionalLong compensation = OptionalLong.empty();

    static Households stating(String perCapitaYuan) {
        Households h = new Households();
        h.perCapita = OptionalLong.of(fen(perCapitaYuan));
        return h;
    }

    static Households earning(String yearlyYuan, int size) {
        Households h = new Households();
        h.yearly = OptionalLong.of(fen(yearlyYuan));
        h.size = OptionalInt.of(size);
        return h;
    }

    Households id(long rowId) {
        id = rowId;
        return this;
    }

    Households in(String province, String city, String county) {
        region = new Region(region.code(), province, city, county);
        return this;
    }

    Households code(String code) {
        region = new Region(Optional.of(code), "", "", "");
        return this;
    }

    Households tier(Tier t) {
        tier = Optional.ofNullable(t);
        return this;
    }

    Households status(FileStatus s) {
        status = s;
        return this;
    }

    Households size(int n) {
        size = OptionalInt.of(n);
        return this;
    }

    Households yearly(String yuan) {
        yearly = OptionalLong.of(fen(yuan));
        return this;
    }

    Households monthly(String yuan) {
        monthly = OptionalLong.of(fen(yuan));
        return this;
    }

    Households stated(String yuan) {
        perCapita = OptionalLong.of(fen(yuan));
        return this;
    }

    Households rigid(String yuan) {
        rigidTotal = OptionalLong.of(fen(yuan));
        return this;
    }

    Households expense(RigidExpense e, String yuan) {
        expenses.put(e, fen(yuan));
        return this;
    }

    Households compulsory(String yuan) {
        compulsory = OptionalLong.of(fen(yuan));
        return this;
    }

    Households able(int n) {
        able = OptionalInt.of(n);
        return this;
    }

    Households aid(String yuan) {
        aid = fen(yuan);
        return this;
    }

    Households hasVehicle(Boolean stated) {
        flags = new Household.Flags(Optional.ofNullable(stated), flags.vehicle(), flags.mobilityVehicle(), flags.homes(),
                flags.homeArea(), flags.business(), flags.privateSchool(), flags.refusedCheck());
        return this;
    }

    Households vehicle(String text, Boolean mobility) {
        flags = new Household.Flags(flags.hasVehicle(), Optional.ofNullable(text), Optional.ofNullable(mobility), flags.homes(), flags.homeArea(),
                flags.business(), flags.privateSchool(), flags.refusedCheck());
        return this;
    }

    Households homes(Integer homes, String area) {
        flags = new Household.Flags(flags.hasVehicle(), flags.vehicle(), flags.mobilityVehicle(),
                homes == null ? OptionalInt.empty() : OptionalInt.of(homes),
                area == null ? Optional.empty() : Optional.of(new BigDecimal(area)), flags.business(), flags.privateSchool(),
                flags.refusedCheck());
        return this;
    }

    Households flags(Boolean business, Boolean privateSchool, Boolean refused) {
        flags = new Household.Flags(flags.hasVehicle(), flags.vehicle(), flags.mobilityVehicle(), flags.homes(), flags.homeArea(),
                Optional.ofNullable(business), Optional.ofNullable(privateSchool), Optional.ofNullable(refused));
        return this;
    }

    Households hardship(Set<Cause> c, String costsYuan, String compensationYuan) {
        causes = c;
        costs = costsYuan == null ? OptionalLong.empty() : OptionalLong.of(fen(costsYuan));
        compensation = compensationYuan == null ? OptionalLong.empty() : OptionalLong.of(fen(compensationYuan));
        return this;
    }

    Household build() {
        return new Household(id, "110101199003262822", "萧娜", "东城区环卫服务队工会", region, tier, status,
                new Household.Income(size, yearly, monthly, rigidTotal, expenses, compulsory, perCapita, able, aid), flags,
                new Household.Hardship(causes, costs, compensation));
    }

    static long fen(String yuan) {
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }
}
