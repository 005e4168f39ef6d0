#include "journal/StoredNumberMatcher.h"

namespace nd::journal {

void StoredNumberMatcher::addStoredRow(int position, const QString &requestedNumber)
{
    if (!requestedNumber.isEmpty())
        m_byRequested[requestedNumber].rows.append(int(m_rows.size()));
    m_rows.append({position, false});
}

int StoredNumberMatcher::takeFirstFree(const QString &requestedNumber)
{
    if (requestedNumber.isEmpty())
        return -1;
    const auto found = m_byRequested.find(requestedNumber);
    if (found == m_byRequested.end())
        return -1;
    Candidates &candidates = *found;
    // Rows are only ever taken, never given back: the ones skipped here stay skipped.
    while (candidates.firstMaybeFree < candidates.rows.size()
        && m_rows.at(candidates.rows.at(candidates.firstMaybeFree)).taken)
        ++candidates.firstMaybeFree;
    if (candidates.firstMaybeFree == candidates.rows.size())
        return -1;
    Row &row = m_rows[candidates.rows.at(candidates.firstMaybeFree++)];
    row.taken = true;
    return row.position;
}

int StoredNumberMatcher::take(const OrderNumber &number, int index)
{
    const QString sent = number.originalNumber.isEmpty() ? number.number : number.originalNumber;
    for (const QString &key : {sent, number.number}) {
        if (const int position = takeFirstFree(key); position >= 0)
            return position;
    }
    if (index < m_rows.size() && !m_rows.at(index).taken) {
        m_rows[index].taken = true;
        return m_rows.at(index).position;
    }
    return -1;
}

int StoredNumberMatcher::nextFreePosition() const
{
    return m_rows.isEmpty() ? 0 : m_rows.last().position + 1;
}

} // namespace nd::journal
