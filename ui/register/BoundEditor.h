#pragma once

#include "EntityEditor.h"

#include "domain/Codes.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <functional>

namespace pc {

// A record form whose fields each show one member of the record: a field is
// bound once, where the form is built, and showing the record, reading the
// edits back and watching for changes follow from the bindings. Fields that
// need more (a list to fill first, a value that depends on another) are
// added by the form itself in showMore() and editMore().
template<typename Entity>
class BoundEditor : public EntityEditor<Entity>
{
public:
    using EntityEditor<Entity>::EntityEditor;

protected:
    // How a line of text is kept: as typed (trimmed), or in capitals or
    // small letters (country and language codes).
    enum class Letters { AsTyped, Capitals, Small };

    QLineEdit *bindLine(int row, QString Entity::*member, const char *objectName = nullptr,
                        Letters letters = Letters::AsTyped)
    {
        auto *edit = new QLineEdit;
        name(edit, objectName);
        add(row, edit,
            [edit, member](const Entity &e) { edit->setText(e.*member); },
            [edit, member, letters](Entity &e) {
                const QString text = edit->text().trimmed();
                e.*member = letters == Letters::Capitals ? text.toUpper()
                            : letters == Letters::Small  ? text.toLower()
                                                         : text;
            });
        return edit;
    }

    // A short code typed in capitals or small letters ("FR", "fr").
    QLineEdit *bindCode(int row, QString Entity::*member, int length, const char *objectName, Letters letters)
    {
        QLineEdit *edit = bindLine(row, member, objectName, letters);
        edit->setMaxLength(length);
        edit->setMaximumWidth(60);
        return edit;
    }

    QPlainTextEdit *bindText(int row, QString Entity::*member, const char *objectName, int maximumHeight = 60)
    {
        QPlainTextEdit *edit = RecordEditor::textArea(objectName, maximumHeight);
        add(row, edit,
            [edit, member](const Entity &e) { edit->setPlainText(e.*member); },
            [edit, member](Entity &e) { e.*member = edit->toPlainText().trimmed(); });
        return edit;
    }

    QCheckBox *bindFlag(int row, bool Entity::*member, const char *objectName = nullptr)
    {
        auto *box = new QCheckBox;
        name(box, objectName);
        add(row, box,
            [box, member](const Entity &e) { box->setChecked(e.*member); },
            [box, member](Entity &e) { e.*member = box->isChecked(); });
        return box;
    }

    // A choice among the codes of a list; its labels follow the language
    // (refillCodes()).
    QComboBox *bindChoice(int row, CodeList list, bool allowEmpty, QString Entity::*member,
                          const char *objectName = nullptr)
    {
        QComboBox *combo = this->codeCombo(int(list), allowEmpty);
        name(combo, objectName);
        m_codeLists.append({combo, {int(list), allowEmpty}});
        this->addRow(row, combo);
        m_bindings.append({[combo, member](const Entity &e) { RecordEditor::selectData(combo, e.*member); },
                           [combo, member](Entity &e) { e.*member = combo->currentData().toString(); }});
        return combo;
    }

    DateField *bindDate(int row, QDate Entity::*member, const char *objectName = nullptr)
    {
        DateField *field = this->addDateRow(row);
        name(field, objectName);
        m_bindings.append({[field, member](const Entity &e) { field->setDate(e.*member); },
                           [field, member](Entity &e) { e.*member = field->date(); }});
        return field;
    }

    // The choices' labels in the language now shown, the choice kept.
    void refillCodes()
    {
        for (const auto &[combo, list] : std::as_const(m_codeLists))
            RecordEditor::fillCodes(combo, list.first, list.second, combo->currentData().toString());
    }

    virtual Status showMore(const Entity &entity)
    {
        Q_UNUSED(entity)
        return success();
    }
    virtual void editMore(Entity &entity) const { Q_UNUSED(entity) }

    Status showRecord(const Entity &entity) override
    {
        for (const Binding &binding : std::as_const(m_bindings))
            binding.show(entity);
        return showMore(entity);
    }

    Entity edited() const override
    {
        Entity entity = this->m_original;
        for (const Binding &binding : m_bindings)
            binding.read(entity);
        editMore(entity);
        return entity;
    }

private:
    struct Binding
    {
        std::function<void(const Entity &)> show;
        std::function<void(Entity &)> read;
    };

    static void name(QWidget *widget, const char *objectName)
    {
        if (objectName)
            widget->setObjectName(QString::fromLatin1(objectName));
    }

    void add(int row, QWidget *field, std::function<void(const Entity &)> show, std::function<void(Entity &)> read)
    {
        this->addRow(row, field);
        this->watch(field);
        m_bindings.append({std::move(show), std::move(read)});
    }

    QList<Binding> m_bindings;
    QList<std::pair<QComboBox *, std::pair<int, bool>>> m_codeLists;
};

} // namespace pc
