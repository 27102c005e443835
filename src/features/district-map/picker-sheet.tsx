/** A phone's district picker: the search box and the places' buttons in a sheet (a modal dialog from the bottom, app.css). */
import { useRef } from 'react';
import { Modal } from '../../components/modal';
import { PlaceSearch, type Props } from './district-list';

export default function PickerSheet({ onClose, ...props }: Props & { onClose: () => void }) {
  const inputRef = useRef<HTMLInputElement | null>(null);
  const { t } = props.i18n;
  return (
    <Modal title={t.phone.pickerTitle} closeLabel={t.phone.pickerDone} onClose={onClose} className="picker-sheet" initialFocus={inputRef}>
      <PlaceSearch {...props} inputRef={inputRef} />
    </Modal>
  );
}
