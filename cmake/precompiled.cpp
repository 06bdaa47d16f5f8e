// SPDX-License-Identifier: GPL-3.0-or-later
// The carrier of the shared precompiled header (cmake/Precompiled.cmake); it compiles nothing.
