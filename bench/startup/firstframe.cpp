// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a program on the current X display and reports, from the X server's own events:
// when its window was mapped (MapNotify), when it first painted (the first XDamage event),
// when it first showed what it still shows after the settling time (the first painted frame
// that differs from the final one in less than 0.5 % of its pixels), and its resident memory
// at that moment. It first moves the pointer into the far corner of the screen, out of every
// window. Needs no window manager; made for Xvfb.
//
// Usage: firstframe [--settle MILLISECONDS] [--ppm FILE] [--frames FOLDER] -- PROGRAM
// [ARGUMENTS...] Prints one line: map_ms first_paint_ms shown_ms rss_kib window_width window_height
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;

struct Frame
{
    double atMs = 0;
    std::vector<uint32_t> pixels; ///< every pixel, row by row
};

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long residentKiB(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

std::optional<std::vector<uint32_t>> grab(Display *display, Window window, int width, int height)
{
    XImage *image
        = XGetImage(display, window, 0, 0, unsigned(width), unsigned(height), AllPlanes, ZPixmap);
    if (!image)
        return std::nullopt;
    std::vector<uint32_t> pixels(size_t(width) * size_t(height));
    for (int y = 0; y < height; ++y) {
        uint32_t *row = pixels.data() + size_t(y) * size_t(width);
        if (image->bits_per_pixel == 32) { // Xvfb's 24-bit screens: copy whole rows
            std::memcpy(
                row, image->data + size_t(y) * size_t(image->bytes_per_line), size_t(width) * 4);
        } else {
            for (int x = 0; x < width; ++x)
                row[x] = uint32_t(XGetPixel(image, x, y));
        }
    }
    XDestroyImage(image);
    return pixels;
}

bool nearlyEqual(const std::vector<uint32_t> &a, const std::vector<uint32_t> &b)
{
    if (a.size() != b.size() || a.empty())
        return false;
    size_t differing = 0;
    for (size_t i = 0; i < a.size(); ++i)
        differing += a[i] != b[i];
    return differing * 200 < a.size(); // under 0.5 %
}

/// A binary PPM (any viewer or ImageMagick turns it into PNG) of the final frame.
void writePpm(const std::string &file, const std::vector<uint32_t> &pixels, int width, int height)
{
    std::ofstream out(file, std::ios::binary);
    out << "P6\n" << width << ' ' << height << "\n255\n";
    for (uint32_t pixel : pixels) {
        const char rgb[3]
            = { char((pixel >> 16) & 0xff), char((pixel >> 8) & 0xff), char(pixel & 0xff) };
        out.write(rgb, 3);
    }
}

/// Xlib's default handler ends the program on any error; a window resized or closed between
/// an event and a grab is no reason to stop measuring.
int ignoreXError(Display *, XErrorEvent *)
{
    return 0;
}

int usage()
{
    std::fprintf(stderr,
        "usage: firstframe [--settle MILLISECONDS] [--ppm FILE] [--frames FOLDER] -- PROGRAM "
        "[ARGUMENTS...]\n");
    return 2;
}
}

int main(int argc, char **argv)
{
    int settleMs = 5000;
    std::string ppm;
    std::string framesFolder; ///< every painted frame goes there, named by its time
    int first = 1;
    for (; first < argc; ++first) {
        const std::string option = argv[first];
        if (option == "--") {
            ++first;
            break;
        }
        if (first + 1 >= argc)
            return usage();
        if (option == "--settle")
            settleMs = std::atoi(argv[++first]);
        else if (option == "--ppm")
            ppm = argv[++first];
        else if (option == "--frames")
            framesFolder = argv[++first];
        else
            return usage();
    }
    if (first >= argc || settleMs <= 0)
        return usage();

    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "firstframe: no X display\n");
        return 1;
    }
    int damageEvent = 0;
    int damageError = 0;
    if (!XDamageQueryExtension(display, &damageEvent, &damageError)) {
        std::fprintf(stderr, "firstframe: the X server has no DAMAGE extension\n");
        return 1;
    }
    XSetErrorHandler(ignoreXError);
    const Window root = DefaultRootWindow(display);
    XSelectInput(display, root, SubstructureNotifyMask);
    // The pointer into the screen's far corner, out of every window: Xvfb starts it in the
    // middle, where a hover highlight fading in would count as starting up.
    XWarpPointer(display, None, root, 0, 0, 0, 0, DisplayWidth(display, DefaultScreen(display)) - 1,
        DisplayHeight(display, DefaultScreen(display)) - 1);
    XSync(display, False);
    XSync(display, False);

    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the measurement
        execvp(argv[first], argv + first);
        std::perror("firstframe: exec");
        _exit(127);
    }

    Window window = 0;
    int width = 0;
    int height = 0;
    double mapMs = -1;
    std::vector<Frame> frames;
    const int fd = ConnectionNumber(display);
    while (millisecondsSince(start) < settleMs) {
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type == MapNotify && !window) {
                XWindowAttributes attributes;
                // Toolkits map small helper windows too; the application window is larger.
                if (XGetWindowAttributes(display, event.xmap.window, &attributes)
                    && attributes.width >= 100 && attributes.height >= 100) {
                    mapMs = millisecondsSince(start);
                    window = event.xmap.window;
                    width = attributes.width;
                    height = attributes.height;
                    XSelectInput(display, window, StructureNotifyMask);
                    XDamageCreate(display, window, XDamageReportNonEmpty);
                }
            } else if (event.type == ConfigureNotify && event.xconfigure.window == window) {
                width = event.xconfigure.width;
                height = event.xconfigure.height;
            } else if (event.type == damageEvent + XDamageNotify) {
                const auto *damage = reinterpret_cast<XDamageNotifyEvent *>(&event);
                XDamageSubtract(display, damage->damage, None, None);
                Frame frame;
                frame.atMs = millisecondsSince(start);
                if (auto pixels = grab(display, window, width, height))
                    frame.pixels = std::move(*pixels);
                frames.push_back(std::move(frame));
            }
        }
        int status = 0;
        if (waitpid(child, &status, WNOHANG) == child) {
            std::fprintf(stderr, "firstframe: the program ended before the settling time\n");
            return 1;
        }
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        timeval wait { 0, 2000 };
        select(fd + 1, &readable, nullptr, nullptr, &wait);
    }

    const long rss = residentKiB(child);
    std::vector<uint32_t> last;
    if (window) {
        if (auto pixels = grab(display, window, width, height))
            last = std::move(*pixels);
    }
    kill(child, SIGTERM);
    for (int i = 0; i < 100 && waitpid(child, nullptr, WNOHANG) != child; ++i)
        usleep(20000);
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);

    if (!window || frames.empty()) {
        std::fprintf(stderr, "firstframe: no window was mapped and painted\n");
        return 1;
    }
    double shownMs = -1;
    for (const auto &frame : frames) {
        if (nearlyEqual(frame.pixels, last)) {
            shownMs = frame.atMs;
            break;
        }
    }
    if (!ppm.empty())
        writePpm(ppm, last, width, height);
    if (!framesFolder.empty()) {
        for (const auto &frame : frames)
            writePpm(framesFolder + "/" + std::to_string(int(frame.atMs)) + "ms.ppm", frame.pixels,
                width, height);
    }
    std::printf(
        "%.1f %.1f %.1f %ld %d %d\n", mapMs, frames.front().atMs, shownMs, rss, width, height);
    return 0;
}
