import type { feedsEn } from './feeds.en.ts';

/** Español del panel del calendario: mismas claves que feeds.en.ts. Lenguaje claro, de usted. */
export const feedsEs: typeof feedsEn = {
  title: 'Sus audiencias en su calendario',
  intro:
    'Agregue sus audiencias al calendario de su teléfono o computadora. Si una audiencia cambia de fecha o se cancela, su calendario también cambia, por lo general en unas horas.',
  privacy:
    'Su calendario muestra el tipo de audiencia, cuándo y dónde es, y el número del caso. Nunca muestra el nombre de un niño ni de su padre o su madre.',
  addressLabel: 'Su dirección privada del calendario',
  addressHint:
    'Cualquier persona que tenga esta dirección puede ver sus audiencias. No la comparta ni la publique en ningún lugar.',
  copy: 'Copiar la dirección',
  copied: 'Dirección copiada. Ahora péguela en su aplicación de calendario.',
  copyFailed: 'No se pudo copiar la dirección. Selecciónela y cópiela usted.',
  openInApp: 'Abrir en mi aplicación de calendario',
  howTitle: 'Cómo agregarla',
  how: [
    {
      where: 'En Calendario de Google',
      steps:
        'En una computadora, abra Google Calendar. Junto a “Otros calendarios”, seleccione el signo más (+) y luego “Desde URL”. Pegue la dirección y seleccione “Añadir calendario”.',
    },
    {
      where: 'En Outlook',
      steps:
        'En Outlook en la web, seleccione “Agregar calendario” y luego “Suscribirse desde la web”. Pegue la dirección, póngale un nombre al calendario y seleccione “Importar”.',
    },
    {
      where: 'En un dispositivo Apple',
      steps:
        'En una Mac, abra Calendario y elija Archivo y luego “Nueva suscripción a calendario”. Pegue la dirección y seleccione “Suscribirse”. En un iPhone o iPad, vaya a Configuración, Calendario, Cuentas, Agregar cuenta, Otra y luego “Agregar calendario suscrito”.',
    },
  ],
  newTitle: 'Si la dirección se compartió por error',
  newText:
    'Cree una dirección nueva. La anterior deja de funcionar de inmediato, así que tendrá que agregar la nueva a su calendario.',
  makeNew: 'Crear una dirección nueva',
  confirmTitle: '¿Crear una dirección nueva?',
  confirmText:
    'Los calendarios que usan su dirección actual dejarán de recibir sus audiencias. Tendrá que agregarles la dirección nueva.',
  confirmYes: 'Sí, crear una dirección nueva',
  confirmNo: 'No, conservar la dirección actual',
  making: 'Creando una dirección nueva…',
  madeNew:
    'Su dirección nueva está lista. Agréguela de nuevo a su calendario. La dirección anterior ya no funciona.',
};
