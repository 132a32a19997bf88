
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's10ab4e2fbd7e3b8d': `No se puede conectar con el servidor`,
's2944bed395b96677': `Espere un momento y vuelva a intentarlo.`,
's359ce4fa9b8dc96f': `No tiene permiso`,
's3625b0289d97673a': `Esta sección todavía no está configurada`,
's3f2681d890fc10b1': str`Espere ${0} minutos y vuelva a intentarlo.`,
's523761d82f683582': `Espere alrededor de un minuto y vuelva a intentarlo.`,
's56bf073179fa39db': `No está conectada al sistema de la escuela, así que no hay nada que mostrar. Por favor, avísele a la escuela.`,
's56e89102aa91105c': `No pudimos encontrar esto`,
's5b1afba1c7794041': `Inicie sesión de nuevo para continuar.`,
's64486c2c6a0caace': `Su sesión terminó`,
's6630643364064861': str`Espere ${0} segundos y vuelva a intentarlo.`,
's6ebc9bd6feae62a3': `Cargando…`,
's7178e4f256325ca1': `Puede ver esto, pero no puede hacer cambios.`,
's94833b1dd68294cc': `Su cuenta no tiene permiso para hacer esto. Si cree que debería tenerlo, comuníquese con su escuela.`,
's9b393c4391626c77': `Esto está tardando demasiado`,
'saac45718ddf1b1d1': `Revise lo que escribió y vuelva a intentarlo.`,
'saca20f3420a29494': `Otra persona hizo cambios`,
'sb9bd4f5a3810b77e': `Algo salió mal`,
'scd1dd6ff53d0d01a': `Intentar de nuevo`,
'scfe9e2b584e21e40': `No se aceptó parte de la información`,
'sd570dc8d3b9d67b8': `Es posible que se haya eliminado o que el enlace ya no sea válido.`,
'sdd42a442e07cadac': `Todavía no hay nada que mostrar.`,
'se641230bf78c11b4': `El problema es de nuestra parte. Vuelva a intentarlo en un momento.`,
'se853d42aa3a15887': `Revise su conexión a internet y vuelva a intentarlo.`,
'sf8067ef1db63380b': `No tiene conexión a internet`,
'sfaf05080ae555d3a': `Demasiadas solicitudes`,
'sfcc778bd63df421d': `Otra persona cambió esto al mismo tiempo. Obtenga la versión más reciente y vuelva a intentarlo.`,
'sfd23e2b89bd75c88': `El servidor no respondió a tiempo. Vuelva a intentarlo en un momento.`,
    };
  