// Replays files through a fuzz target's LLVMFuzzerTestOneInput without libFuzzer (the normal build's
// fuzz_replay_<target> tests): `replay_<target> PATH...` where each PATH is a file or a directory (every
// file in it, sorted by name, not recursive). A crash or a broken invariant (fuzz::fail aborts) ends the
// process abnormally; an empty or missing PATH is an error too, so that the test never passes vacuously.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QStringList filesOf(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {info.filePath()};
    QStringList files;
    const QDir dir(path);
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (f.fileName() != QLatin1String(".gitattributes"))
            files << f.filePath();
    }
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);
    int total = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QStringList files = filesOf(path);
        if (files.isEmpty()) {
            std::fprintf(stderr, "%s: no input files\n", argv[i]);
            return 1;
        }
        for (const QString& name : files) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(file.errorString()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(name), static_cast<long long>(bytes.size()));
            std::fflush(stderr);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                   static_cast<size_t>(bytes.size()));
            ++total;
        }
    }
    std::printf("%d inputs replayed without a crash or a broken invariant\n", total);
    return 0;
}
