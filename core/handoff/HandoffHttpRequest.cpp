// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/HandoffHttpRequest.h"

#include "handoff/TicketHandoff.h"

namespace souffleur {

namespace {

QByteArray hostOnly(QByteArray host)
{
    if (host.startsWith('['))
        return host.left(host.indexOf(']') + 1);
    if (host.contains(':'))
        return host.left(host.indexOf(':'));
    return host;
}

bool loopbackHost(const QByteArray &host)
{
    return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

// A browser adds Origin to every cross-origin request and to every POST, and Sec-Fetch-Site to every request. Only
// a page served by this very endpoint would be same-origin, and it serves none, so any other value means a web page
// is driving the request (CSRF, or DNS rebinding if the Host check were ever passed).
bool sameOrigin(const QByteArray &origin, quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    for (const char *host : {"http://127.0.0.1", "http://localhost", "http://[::1]"}) {
        if (origin == QByteArray(host) + suffix)
            return true;
    }
    return false;
}

} // namespace

HandoffHttpRequest HandoffHttpRequest::refused(int status, const QByteArray &error, const QString &message)
{
    HandoffHttpRequest r;
    r.state = State::Refused;
    r.status = status;
    r.error = error;
    r.message = message;
    return r;
}

HandoffHttpRequest HandoffHttpRequest::parse(const QByteArray &received, quint16 port)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if ((headEnd < 0 && received.size() > kMaxHeaderBytes) || headEnd > kMaxHeaderBytes)
        return refused(413, "too_large", tr("The request headers exceed %1 bytes.").arg(kMaxHeaderBytes));
    if (headEnd < 0)
        return {};

    HandoffHttpRequest r;
    const QList<QByteArray> lines = received.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return refused(400, "malformed", tr("This is not an HTTP/1.1 request."));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refused(400, "malformed", tr("A request header is malformed."));
        const QByteArray name = line.left(colon).trimmed().toLower();
        // A repeated framing or security header could be read one way here and another way by a proxy.
        if (r.headers.contains(name))
            return refused(400, "malformed", tr("The request header “%1” is repeated.").arg(QString::fromLatin1(name.left(40))));
        r.headers.insert(name, line.mid(colon + 1).trimmed());
    }
    r.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    r.path = question < 0 ? target : target.left(question);
    r.query = question < 0 ? QByteArray() : target.mid(question + 1);
    if (r.path != "/ticket")
        return refused(404, "not_found", tr("Only /ticket is served here."));
    if (r.method != "GET" && r.method != "POST")
        return refused(405, "method_not_allowed", tr("Use GET or POST on /ticket."));
    // A web page the agent visits can make the browser send requests here; DNS rebinding would let it read the
    // answers. Any Host but the loopback's is refused, and so is any request a browser marks as coming from a page.
    if (r.headers.contains("host") && !loopbackHost(hostOnly(r.headers.value("host").toLower())))
        return refused(403, "forbidden_host", tr("Requests must be addressed to 127.0.0.1 or localhost."));
    if (r.headers.contains("origin") && !sameOrigin(r.headers.value("origin").toLower(), port))
        return refused(403, "forbidden_origin",
                       tr("Requests sent by a web page (Origin: %1) are refused: hand-offs come from the phone software, "
                          "not from a browser.").arg(QString::fromLatin1(r.headers.value("origin").left(80))));
    if (r.headers.contains("sec-fetch-site") && r.headers.value("sec-fetch-site").toLower() != "same-origin")
        return refused(403, "forbidden_origin",
                       tr("Requests sent by a web page (Sec-Fetch-Site: %1) are refused: hand-offs come from the phone "
                          "software, not from a browser.").arg(QString::fromLatin1(r.headers.value("sec-fetch-site").left(40))));
    if (r.headers.contains("transfer-encoding"))
        return refused(411, "length_required", tr("Send the body with a Content-Length, not chunked."));
    qsizetype length = 0;
    if (r.headers.contains("content-length")) {
        const QByteArray declared = r.headers.value("content-length");
        bool ok = !declared.isEmpty() && declared.size() <= 18;
        for (const char c : declared)
            ok = ok && c >= '0' && c <= '9';
        const qlonglong value = ok ? declared.toLongLong(&ok) : -1;
        if (!ok || value < 0)
            return refused(400, "malformed", tr("The Content-Length header is malformed."));
        if (value > TicketHandoff::kMaxMessageBytes)
            return refused(413, "too_large", tr("The request body exceeds %1 bytes.").arg(TicketHandoff::kMaxMessageBytes));
        length = qsizetype(value);
    } else if (r.method == "POST") {
        return refused(411, "length_required", tr("A POST needs a Content-Length."));
    }
    if (received.size() < headEnd + 4 + length) {
        r.state = State::AwaitingBody;
        // curl sends "Expect: 100-continue" for bodies over 1 KiB and waits a second for this before sending.
        r.expectsContinue = r.headers.value("expect").toLower() == "100-continue";
        return r;
    }
    r.body = received.mid(headEnd + 4, length);
    r.state = State::Complete;
    return r;
}

} // namespace souffleur
