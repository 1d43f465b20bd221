#pragma once
// The seeded random source of the demo data: std::mt19937 with its own small helpers, so that a seed
// gives the same users, certificates and history on every run (serial numbers stay truly random).
#include <QtGlobal>
#include <algorithm>
#include <random>

namespace certdesk {

class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_gen(seed) {}

    quint32 next() { return static_cast<quint32>(m_gen()); }
    // 0 <= result < n (n <= 0 gives 0).
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint32>(n)); }
    // lo <= result < hi (hi <= lo gives lo).
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 wide = (quint64(next()) << 32) | next();
        return lo + static_cast<qint64>(wide % quint64(hi - lo));
    }
    double unit() { return next() / 4294967296.0; }
    bool chance(double p) { return unit() < p; }
    // An index into a table where earlier entries are more common (density falls linearly).
    int skewed(int n) { return std::min(below(n), below(n)); }
    // Most demo operations happen in office hours: with 85 % probability `secs` moves to 9:00-18:00 JST
    // on the same day (Saturdays and Sundays mostly to the Friday before), when that stays in [lo, hi).
    qint64 officeTime(qint64 secs, qint64 lo, qint64 hi)
    {
        constexpr qint64 day = 86400;
        constexpr qint64 jst = 9 * 3600;
        if (!chance(0.85))
            return secs;
        qint64 d = (secs + jst) / day;
        const int weekday = static_cast<int>((d + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday
        if (weekday >= 5 && chance(0.9))
            d -= weekday - 4;
        const qint64 t = d * day - jst + between(9 * 3600, 18 * 3600);
        return (t >= lo && t < hi) ? t : secs;
    }
    // A time in [lo, hi), mostly in office hours.
    qint64 officeTimeBetween(qint64 lo, qint64 hi) { return officeTime(between(lo, hi), lo, hi); }
    std::mt19937& engine() { return m_gen; }

private:
    std::mt19937 m_gen;
};

} // namespace certdesk
