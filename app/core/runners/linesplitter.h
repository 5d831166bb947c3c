#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>

namespace mua {

// Splits a child's byte stream into lines, keeping an unfinished last line for the next read. A line
// longer than MaxLineBytes is handed on in pieces of at most that size (cut at a UTF-8 character
// boundary), so that output without line breaks costs linear work and bounded memory: every byte is
// looked at once, and the unfinished line never holds more than MaxLineBytes.
class LineSplitter
{
public:
    static constexpr qsizetype MaxLineBytes = 64 * 1024;

    template <typename F> void feed(const QByteArray &data, F &&emitLine)
    {
        const char *p = data.constData();
        const qsizetype size = data.size();
        qsizetype pos = 0;
        while (pos < size) {
            const char *nl = static_cast<const char *>(std::memchr(p + pos, '\n', size_t(size - pos)));
            const qsizetype end = nl ? qsizetype(nl - p) : size;
            m_scanned += end - pos + (nl ? 1 : 0);
            append(p + pos, end - pos, emitLine);
            if (!nl)
                break;
            qsizetype length = m_pending.size();
            if (length > 0 && m_pending.at(length - 1) == '\r')
                --length;
            emitLine(QString::fromUtf8(m_pending.constData(), length));
            m_pending.clear();
            m_endsInPiece = false;
            pos = end + 1;
        }
    }

    template <typename F> void flush(F &&emitLine)
    {
        if (!m_pending.isEmpty())
            emitLine(QString::fromUtf8(m_pending));
        m_pending.clear();
        m_endsInPiece = false;
    }

    // Bytes examined so far: equal to the bytes fed, whatever the chunking (the work is linear).
    qint64 scannedBytes() const { return m_scanned; }
    // Lines that were handed on in pieces because they were longer than MaxLineBytes.
    qint64 splitLines() const { return m_split; }

private:
    template <typename F> void append(const char *data, qsizetype length, F &emitLine)
    {
        while (m_pending.size() + length > MaxLineBytes) {
            // Fill up to the limit, then hand the piece on, cut before a UTF-8 continuation byte.
            const qsizetype room = MaxLineBytes - m_pending.size();
            m_pending.append(data, room);
            data += room;
            length -= room;
            qsizetype cut = m_pending.size();
            for (int back = 0; back < 3 && cut > 1 && (uchar(m_pending.at(cut - 1)) & 0xC0) == 0x80; ++back)
                --cut;
            if (cut > 1 && uchar(m_pending.at(cut - 1)) >= 0xC0)
                --cut; // the lead byte of a character whose rest is in the next piece
            if (cut <= 1)
                cut = m_pending.size();
            emitLine(QString::fromUtf8(m_pending.constData(), cut));
            if (!m_endsInPiece)
                ++m_split;
            m_endsInPiece = true;
            m_pending.remove(0, cut);
        }
        m_pending.append(data, length);
    }

    QByteArray m_pending;
    qint64 m_scanned = 0;
    qint64 m_split = 0;
    bool m_endsInPiece = false; // the unfinished line has already been handed on in part
};

} // namespace mua
