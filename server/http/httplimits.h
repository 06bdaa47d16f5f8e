// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Limits the server's front door lives under: what one request, one connection, one client
/// address and all of them together may cost. Each is a bound on memory or time that no
/// client can push past, however it behaves.
struct HttpLimits
{
    qsizetype maxHeaderBytes = qsizetype(16) * 1024;
    qsizetype maxBodyBytes = qsizetype(1024) * 1024;
    /// All request bodies being received at once, over every connection: a client that
    /// announces a body reserves its length here first and is answered 503 when it is spent.
    qsizetype bodyBudgetBytes = qsizetype(64) * 1024 * 1024;
    /// The TLS handshake, and each request's head (after connecting, or after the previous
    /// answer on a kept-alive connection), must arrive within this.
    int headDeadlineMs = 10 * 1000;
    /// A request's body must arrive, and an answer must be taken by the client, within this.
    int requestTimeoutMs = 20 * 1000;
    /// How long a refused client may go on sending (thrown away) before the connection
    /// closes, so that it gets to read the answer.
    int lingerMs = 2000;
    int maxConnections = 4096;
    /// Connections one client address may hold (a trusted proxy is not counted): enough for
    /// a hall of participants behind one router, each with the app open.
    int connectionsPerAddress = 256;
    /// Threads answering requests; 0: one per core, at least two.
    int workers = 0;
};
