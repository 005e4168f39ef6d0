#pragma once

// A hash that remembers at most `capacity` keys and forgets the oldest (first inserted) beyond that,
// so a sandbox left running for weeks keeps a bounded footprint. Replacing a key's value keeps its
// age. Used for the sandbox's tokens, orders, QR codes and numbers.

#include <QHash>
#include <deque>

namespace nd::sandbox {

template<class Key, class Value> class BoundedHash final
{
public:
    explicit BoundedHash(int capacity) : m_capacity(capacity > 0 ? capacity : 1) { }

    void insert(const Key &key, const Value &value)
    {
        if (!m_values.contains(key)) {
            m_age.push_back(key);
            while (int(m_age.size()) > m_capacity)
                removeOldest();
        }
        m_values.insert(key, value);
    }
    Value *find(const Key &key)
    {
        const auto it = m_values.find(key);
        return it == m_values.end() ? nullptr : &*it;
    }
    const Value *find(const Key &key) const
    {
        const auto it = m_values.constFind(key);
        return it == m_values.cend() ? nullptr : &*it;
    }
    bool contains(const Key &key) const { return m_values.contains(key); }
    Value value(const Key &key, const Value &fallback = Value()) const
    {
        return m_values.value(key, fallback);
    }

    // The oldest entry, for callers that drop expired ones first (nullptr when empty).
    const Value *oldest() const { return m_age.empty() ? nullptr : find(m_age.front()); }
    void removeOldest()
    {
        if (m_age.empty())
            return;
        m_values.remove(m_age.front());
        m_age.pop_front();
    }
    void clear()
    {
        m_values.clear();
        m_age.clear();
    }
    int size() const { return int(m_values.size()); }

private:
    QHash<Key, Value> m_values;
    std::deque<Key> m_age; // oldest first; the same keys as m_values
    int m_capacity;
};

} // namespace nd::sandbox
